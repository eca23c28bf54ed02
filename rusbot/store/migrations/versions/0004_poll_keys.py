"""polls: a random key for the cards (a poll id cannot be guessed by counting)

Revision ID: 0004_poll_keys
Revises: 0003_inspel_submission
"""
import sqlalchemy as sa
from alembic import op

revision = "0004_poll_keys"
down_revision = "0003_inspel_submission"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("polls", sa.Column("key", sa.String(32)))
    # Existing polls keep NULL: their posted cards carry the row id, which still finds them (with the
    # conversation checked, like every poll).
    op.create_index("ix_polls_key", "polls", ["key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_polls_key", table_name="polls")
    with op.batch_alter_table("polls") as batch:
        batch.drop_column("key")
