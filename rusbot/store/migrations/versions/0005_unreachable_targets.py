"""unreachable_targets: reminder targets Teams refused, and why (shown in `status`)

Revision ID: 0005_unreachable_targets
Revises: 0004_poll_keys
"""
import sqlalchemy as sa
from alembic import op

from rusbot.store.tables import UTCDateTime

revision = "0005_unreachable_targets"
down_revision = "0004_poll_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unreachable_targets",
        sa.Column("target", sa.String(512), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(64), nullable=False),
        sa.Column("removed", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("blocked", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("team_id", sa.String(512)),
        sa.Column("user_aad_id", sa.String(64)),
        sa.Column("label", sa.Text),
        sa.Column("since", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("target", name="pk_unreachable_targets"),
    )


def downgrade() -> None:
    op.drop_table("unreachable_targets")
