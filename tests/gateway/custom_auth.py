"""LiteLLM custom auth for the end-to-end test: API keys without a database.

sk-e2e-blocked and sk-e2e-allowed map to the user ids the driver found blocked and allowed in
distillguard (passed in DG_E2E_BLOCKED and DG_E2E_ALLOWED); sk-e2e-more-1, -2, ... map to the
further allowed user ids in DG_E2E_MORE (comma-separated), so traffic runs under several keys.
distillguard reads the user id as the account (`[guardrail] account_from = "user_id"`).
"""

import os

from fastapi import Request
from litellm.proxy._types import UserAPIKeyAuth


async def user_api_key_auth(request: Request, api_key: str) -> UserAPIKeyAuth:
    keys = {
        "sk-e2e-blocked": os.environ["DG_E2E_BLOCKED"],
        "sk-e2e-allowed": os.environ["DG_E2E_ALLOWED"],
    }
    more = [u for u in os.environ.get("DG_E2E_MORE", "").split(",") if u]
    keys.update({f"sk-e2e-more-{i + 1}": u for i, u in enumerate(more)})
    user_id = keys.get(api_key)
    if user_id is None:
        raise Exception("unknown key")
    return UserAPIKeyAuth(api_key=api_key, user_id=user_id)
