"""conversations: where the bot is installed or spoken to

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

from rusbot.store.tables import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversations",
        sa.Column("id", sa.String(512), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("tenant_id", sa.String(64)),
        sa.Column("team_id", sa.String(512)),
        sa.Column("channel_id", sa.String(512)),
        sa.Column("user_aad_id", sa.String(64)),
        sa.Column("service_url", sa.String(512), nullable=False),
        sa.Column("reference", sa.JSON, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("greeted_at", UTCDateTime()),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("note", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_conversations"),
    )
    op.create_index("ix_conversations_team_id", "conversations", ["team_id"])


def downgrade() -> None:
    op.drop_table("conversations")
