"""input: organisation links, inspel, remissvar with revisions, extensions, polls

Revision ID: 0002_input
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

from rusbot.store.tables import UTCDateTime

revision = "0002_input"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "org_links",
        sa.Column("user_aad_id", sa.String(64), nullable=False),
        sa.Column("organisation_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("name", sa.String(256)),
        sa.Column("email", sa.String(320)),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("confirmed_at", UTCDateTime()),
        sa.Column("confirmed_by", sa.String(64)),
        sa.PrimaryKeyConstraint("user_aad_id", name="pk_org_links"),
    )
    op.create_index("ix_org_links_organisation_id", "org_links", ["organisation_id"])
    op.create_table(
        "inspel",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("author_aad_id", sa.String(64), nullable=False),
        sa.Column("organisation_id", sa.String(64), nullable=False),
        sa.Column("topic", sa.String(64), nullable=False),
        sa.Column("change", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("reference", sa.Text),
        sa.Column("withdrawn_at", UTCDateTime()),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_inspel"),
    )
    op.create_index("ix_inspel_author_aad_id", "inspel", ["author_aad_id"])
    op.create_index("ix_inspel_organisation_id", "inspel", ["organisation_id"])
    op.create_table(
        "remissvar",
        sa.Column("organisation_id", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("content", sa.JSON, nullable=False),
        sa.Column("draft_saved_at", UTCDateTime()),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("submitted_revision", sa.Integer),
        sa.Column("submitted_at", UTCDateTime()),
        sa.Column("receipt", sa.String(32)),
        sa.PrimaryKeyConstraint("organisation_id", name="pk_remissvar"),
    )
    op.create_table(
        "remissvar_revisions",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("organisation_id", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("content", sa.JSON, nullable=False),
        sa.Column("submitted_at", UTCDateTime(), nullable=False),
        sa.Column("submitted_by", sa.String(64), nullable=False),
        sa.Column("receipt", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_remissvar_revisions"),
        sa.UniqueConstraint("organisation_id", "revision", name="uq_remissvar_revisions_organisation_id"),
    )
    op.create_index("ix_remissvar_revisions_organisation_id", "remissvar_revisions", ["organisation_id"])
    op.create_table(
        "remiss_extensions",
        sa.Column("organisation_id", sa.String(64), nullable=False),
        sa.Column("until", sa.Date, nullable=False),
        sa.Column("granted_by", sa.String(64), nullable=False),
        sa.Column("granted_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("organisation_id", name="pk_remiss_extensions"),
    )
    op.create_table(
        "input_flags",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.String(256), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_input_flags"),
    )
    op.create_table(
        "polls",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("options", sa.JSON, nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("closes_at", UTCDateTime()),
        sa.Column("closed_at", UTCDateTime()),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("service_url", sa.String(512)),
        sa.Column("conversation_id", sa.String(512)),
        sa.Column("activity_id", sa.String(256)),
        sa.PrimaryKeyConstraint("id", name="pk_polls"),
    )
    op.create_table(
        "poll_votes",
        sa.Column("poll_id", sa.Integer, nullable=False),
        sa.Column("voter_aad_id", sa.String(64), nullable=False),
        sa.Column("option", sa.Integer, nullable=False),
        sa.Column("voted_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("poll_id", "voter_aad_id", name="pk_poll_votes"),
        sa.ForeignKeyConstraint(["poll_id"], ["polls.id"], name="fk_poll_votes_poll_id_polls", ondelete="CASCADE"),
    )


def downgrade() -> None:
    for table in ("poll_votes", "polls", "input_flags", "remiss_extensions", "remissvar_revisions", "remissvar",
                  "inspel", "org_links"):
        op.drop_table(table)
