# rusbot: the RUS bot for Microsoft Teams. See docs/DEPLOYMENT.md.
#   docker build -t rusbot .
#   docker run -d --name rusbot -p 127.0.0.1:3978:3978 --env-file /etc/rusbot/rusbot.env -v rusbot-data:/data rusbot
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN groupadd --system --gid 10001 rusbot \
    && useradd --system --uid 10001 --gid rusbot --home-dir /app --no-create-home --shell /usr/sbin/nologin rusbot \
    && mkdir -p /app /data \
    && chown rusbot:rusbot /data

WORKDIR /app
COPY . /app
RUN pip install /app && rm -rf /app/build /app/*.egg-info

# Inside the container the bot listens on all interfaces; publish the port on the host's loopback only
# and put the HTTPS reverse proxy in front. Without MicrosoftAppId the bot refuses HOST=0.0.0.0.
ENV HOST=0.0.0.0 \
    PORT=3978 \
    RUSBOT_DATA_DIR=/data

USER rusbot
VOLUME ["/data"]
EXPOSE 3978

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["python", "-m", "bot", "healthcheck"]

CMD ["python", "-m", "bot"]
