"""What an IKU document is and how it computes: plain Python, no SQL, no Qt."""
