from ecareer.cli import main

main()
