from ecareer.entry import main

main()
