from kvinnofrid.cli import main

main()
