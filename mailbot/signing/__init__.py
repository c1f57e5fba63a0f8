"""What mailbot signs so that replies can be trusted: reply tokens and Message-IDs.

At the base of the layers because both sides use it: the outbox issues tokens and ids, and
inbound threading verifies them. Nothing here touches mail, the store or the network.
"""
