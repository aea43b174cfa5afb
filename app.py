"""The web app's entry point (``coach serve``): shared setup, the sign-in gate and the router."""

import streamlit as st

from coach.ui import remember, resources, routes, single_sign_on, state

state.init()
remember.restore()  # a reload, a second tab or a link keeps a remembered sign-in
if state.expire_if_idle():
    # Otherwise the provider's cookie, or ours, would sign an idle user straight back in.
    single_sign_on.sign_out_of_provider()
    remember.forget()
viewer = state.viewer()
if viewer is None:
    current = st.navigation(routes.signed_out_pages(), position="hidden")
else:
    from coach.ui import frame  # the signed-in frame; the sign-in page need not load it

    resources.warm_up_debrief()  # the first debrief need not wait for its one-time work
    frame.sidebar(viewer)
    current = st.navigation(routes.pages_for(viewer.role))
# One page config per run, after routing: some pages (dashboard, studio) need the width.
st.set_page_config(
    page_title="Mentoring practice coach",
    page_icon=":material/forum:",
    layout=routes.layout(current),
)
current.run()
remember.clear_if_asked()
if (signed_in := state.viewer()) is not None:
    remember.remember(signed_in)
