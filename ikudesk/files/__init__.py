"""Files that travel: the JSON document file (and later workbooks); atomic writes."""
