"""Where mailbot connects: IMAP and SMTP URLs read into typed targets, and the OAuth token
sources wired to them. Pure configuration work at the base, so settings can validate the
URLs at load and both the watcher and the sender read the same targets."""
