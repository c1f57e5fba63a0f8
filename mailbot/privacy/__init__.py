"""Privacy controls over the stored data: purge old bodies, erase a person, export (issue 19)."""
