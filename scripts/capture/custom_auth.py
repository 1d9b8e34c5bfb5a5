"""LiteLLM custom auth for the fixture capture: several API keys without a database.

LiteLLM's virtual keys live in Postgres; custom auth (general_settings.custom_auth) is the
proxy's documented way to map keys to users and teams without one. Each key below stands
for a customer; the proxy hashes the key into metadata.user_api_key_hash itself.
"""

from fastapi import Request
from litellm.proxy._types import UserAPIKeyAuth

KEYS = {
    "sk-capture-alice": ("alice", "team-research", "org-acme"),
    "sk-capture-bob": ("bob", "team-research", "org-acme"),
    "sk-capture-carol": ("carol", "team-apps", "org-umbrella"),
    "sk-capture-mallory": ("mallory", None, None),
}


async def user_api_key_auth(request: Request, api_key: str) -> UserAPIKeyAuth:
    who = KEYS.get(api_key)
    if who is None:
        raise Exception("unknown key")
    user_id, team_id, org_id = who
    return UserAPIKeyAuth(api_key=api_key, user_id=user_id, team_id=team_id, org_id=org_id)
