"""The guards in conftest.py: no connection beyond this machine, cheap hashing unless asked."""

from __future__ import annotations

import socket

import pytest

from coach.people import accounts
from tests.conftest import NetworkUse


def test_a_connection_to_another_machine_is_refused() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkUse):
        sock.connect(("192.0.2.1", 443))  # TEST-NET-1: never routed


def test_loopback_is_allowed() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=2):
            pass


def test_tests_hash_cheaply_by_default() -> None:
    assert accounts.production_hasher().time_cost == 1


@pytest.mark.real_hashing
def test_a_marked_test_keeps_the_production_hasher() -> None:
    assert accounts.production_hasher().memory_cost == 65536
