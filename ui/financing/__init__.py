"""The Financing section: requests, their workflow, rates, envelopes, totals and a chart."""
