"""The Delegations section: delegations, their people, and the venue's rooms."""
