"""The Streamlit web app's pages and the little they share; the only importers of streamlit."""
