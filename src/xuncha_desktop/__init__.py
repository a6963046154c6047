"""巡查桌面：安全生产巡查案卷管理。"""

__version__ = "0.1.0"
APP_NAME = "巡查桌面"
APP_ID = "xuncha-desktop"
