"""The Teams app package: manifest (from manifest/ and the live command table), icons, checks.

`python -m bot package --out build/rusbot-teams.zip` builds and checks it; see docs/DEPLOYMENT.md.
"""

from bot.teamsapp.package import (
    PackageError,
    build_files,
    build_package,
    default_teams_app_id,
    find_manifest_dir,
    validate_package,
)

__all__ = ["PackageError", "build_files", "build_package", "default_teams_app_id", "find_manifest_dir",
           "validate_package"]
