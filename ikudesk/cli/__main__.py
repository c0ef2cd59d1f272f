from ikudesk.cli import run

run()
