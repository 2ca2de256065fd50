"""Every command and setting is documented in the README."""

from govreport.cli import main
from govreport.config import SETTINGS

from .conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")


def test_every_command_is_in_the_readme():
    for name in main.commands:
        assert f"govreport {name}" in README, name


def test_every_setting_is_in_the_readme():
    for name in SETTINGS:
        assert f"`{name}`" in README, name
