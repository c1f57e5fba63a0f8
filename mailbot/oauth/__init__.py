"""OAuth 2.0 access tokens for IMAP and SMTP (XOAUTH2 / OAUTHBEARER).

Microsoft 365 and Google Workspace no longer accept passwords for app mailboxes; a mail
URL with ``?auth=xoauth2`` gets its credential from a :class:`~mailbot.oauth.tokens.TokenSource`
built from the ``MAILBOT_OAUTH_*`` settings (:mod:`mailbot.oauth.config`).
"""
