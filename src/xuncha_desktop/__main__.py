"""`python -m xuncha_desktop` opens the window."""

from xuncha_desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
