import sys

from .build import main

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "samples/holdout45")
