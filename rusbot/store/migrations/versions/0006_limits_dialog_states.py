"""per-user and per-organisation request limits; conversational flows kept per user and conversation

Revision ID: 0006_limits_dialog_states
Revises: 0005_unreachable_targets
"""
import sqlalchemy as sa
from alembic import op

from rusbot.store.tables import UTCDateTime

revision = "0006_limits_dialog_states"
down_revision = "0005_unreachable_targets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request_limits",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("tat", sa.Float, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_request_limits"),
    )
    op.create_index("ix_request_limits_tat", "request_limits", ["tat"])
    op.create_table(
        "dialog_states",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("user_aad_id", sa.String(64)),
        sa.Column("state", sa.JSON, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_dialog_states"),
    )
    op.create_index("ix_dialog_states_user_aad_id", "dialog_states", ["user_aad_id"])
    op.create_index("ix_dialog_states_updated_at", "dialog_states", ["updated_at"])


def downgrade() -> None:
    op.drop_table("dialog_states")
    op.drop_table("request_limits")
