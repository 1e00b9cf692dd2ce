from dateline.cli import app

app(prog_name="dateline")
