"""After the call: the user's call notes read, and the thank-you and follow-up built from them."""
