"""Practising out loud: delivery measured from spoken turns' word timings (pure)."""
