"""``python -m warta.spark STEP …`` = ``warta spark STEP …``; also the file to give spark-submit."""

import sys

from warta.cli import main

if __name__ == "__main__":
    sys.exit(main(["spark", *sys.argv[1:]]))
