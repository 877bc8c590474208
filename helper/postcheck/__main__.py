from postcheck.cli import main

raise SystemExit(main())
