from ctguide.cli import main

raise SystemExit(main())
