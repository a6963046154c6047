"""Chinese for Qt's own texts: standard buttons (确定, 取消), file and print dialogs,
context menus of text boxes; and a Chinese default locale for dates and numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: Qt's translation catalogues that cover the widgets the app uses.
CATALOGUES = ("qtbase",)


def install_chinese(app: QCoreApplication) -> list[QTranslator]:
    """Install Qt's zh_CN catalogues shipped with PySide6; returns the installed translators
    (kept alive by the caller). A missing catalogue leaves that part in English."""
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(locale)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed: list[QTranslator] = []
    for name in CATALOGUES:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed
