"""Who may talk to the bot, and how the bot proves who it is.

- keys.py         OpenIdKeys / OpenIdKeyStore: signing keys from an OpenID metadata URL, cached and
                  refreshed off the request path (the Bot Framework's, Microsoft Entra's)
- tokens.py       validate(): one RS256 JWT validator with typed refusals (TokenError.reason)
- channel.py      the Bot Connector's tokens to the bot, and which channels speak for a Teams user
- credentials.py  the bot's own outbound token: SingleTenant, MultiTenant, UserAssignedMSI

SECURITY.md says what each promises and which tests check it.
"""
