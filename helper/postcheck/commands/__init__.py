"""The CLI's subcommands, one per module: add_parser(subparsers, name) registers it, setting args.run."""
