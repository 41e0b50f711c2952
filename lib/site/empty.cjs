// Stands in for the server-only package in bundles that are server code by construction.
