"""inspel: the submission key of the form that created it (a resubmitted form stores nothing twice)

Revision ID: 0003_inspel_submission
Revises: 0002_input
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_inspel_submission"
down_revision = "0002_input"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("inspel", sa.Column("submission", sa.String(32)))
    # A unique index rather than a constraint: SQLite cannot add a constraint to an existing table.
    # NULLs (inspel from before this migration, or from the Emulator dialog) never collide.
    op.create_index("ix_inspel_submission", "inspel", ["submission"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_inspel_submission", table_name="inspel")
    with op.batch_alter_table("inspel") as batch:
        batch.drop_column("submission")
