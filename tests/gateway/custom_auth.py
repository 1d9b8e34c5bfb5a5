"""LiteLLM custom auth for the end-to-end test: two API keys without a database.

sk-e2e-blocked and sk-e2e-allowed map to the user ids the driver found blocked and allowed in
distillguard (passed in DG_E2E_BLOCKED and DG_E2E_ALLOWED); distillguard reads the user id as
the account (`[guardrail] account_from = "user_id"`).
"""

import os

from fastapi import Request
from litellm.proxy._types import UserAPIKeyAuth


async def user_api_key_auth(request: Request, api_key: str) -> UserAPIKeyAuth:
    keys = {
        "sk-e2e-blocked": os.environ["DG_E2E_BLOCKED"],
        "sk-e2e-allowed": os.environ["DG_E2E_ALLOWED"],
    }
    user_id = keys.get(api_key)
    if user_id is None:
        raise Exception("unknown key")
    return UserAPIKeyAuth(api_key=api_key, user_id=user_id)
