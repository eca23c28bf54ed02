"""reminders: deliveries, coordinators' meetings, channel choices, nudge preferences, rate gate

Revision ID: reminders_0001
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

from rusbot.store.tables import UTCDateTime

revision = "reminders_0001"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("reminder_id", sa.String(300), nullable=False),
        sa.Column("conversation_id", sa.String(512), nullable=False),
        sa.Column("series", sa.String(300), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("lease_until", UTCDateTime()),
        sa.Column("lease_owner", sa.String(64)),
        sa.Column("sent_at", UTCDateTime()),
        sa.Column("activity_id", sa.String(512)),
        sa.Column("last_error", sa.Text),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_deliveries"),
        sa.UniqueConstraint("reminder_id", "conversation_id", name="uq_deliveries_reminder_conversation"),
    )
    op.create_index("ix_deliveries_state_due", "deliveries", ["state", "due_at"])
    op.create_table(
        "reminder_meetings",
        sa.Column("id", sa.String(120), nullable=False),
        sa.Column("name_sv", sa.Text, nullable=False),
        sa.Column("name_en", sa.Text),
        sa.Column("start", UTCDateTime()),
        sa.Column("day", sa.Date),
        sa.Column("location", sa.Text),
        sa.Column("link", sa.Text),
        sa.Column("prepare_sv", sa.Text),
        sa.Column("cancelled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64)),
        sa.PrimaryKeyConstraint("id", name="pk_reminder_meetings"),
    )
    op.create_table(
        "reminder_channels",
        sa.Column("conversation_id", sa.String(512), nullable=False),
        sa.Column("team_id", sa.String(512)),
        sa.Column("enabled", sa.Boolean, nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64)),
        sa.PrimaryKeyConstraint("conversation_id", name="pk_reminder_channels"),
    )
    op.create_table(
        "reminder_preferences",
        sa.Column("user_aad_id", sa.String(64), nullable=False),
        sa.Column("nudges", sa.Boolean, nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("user_aad_id", name="pk_reminder_preferences"),
    )
    op.create_table(
        "rate_gate",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("tat", sa.Float, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_rate_gate"),
    )


def downgrade() -> None:
    for table in ("rate_gate", "reminder_preferences", "reminder_channels", "reminder_meetings", "deliveries"):
        op.drop_table(table)
