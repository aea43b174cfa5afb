"""The web app's entry point (``coach serve``): shared setup, the sign-in gate and the router."""

import streamlit as st

from coach.ui import frame, routes, state

st.set_page_config(
    page_title="Mentoring practice coach", page_icon=":material/forum:", layout="centered"
)
state.init()
state.expire_if_idle()
viewer = state.viewer()
if viewer is None:
    current = st.navigation(routes.signed_out_pages(), position="hidden")
else:
    frame.sidebar(viewer)
    current = st.navigation(routes.learner_pages())
current.run()
