"""The Positions section: the issues × delegations matrix of stances, and its views."""
