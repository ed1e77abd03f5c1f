import asyncio
from typing import Optional

async def fetch(url: str, retries: int = 3) -> Optional[bytes]:
    '''Fetch a URL, retrying on failure.'''
    for attempt in range(retries):
        try:
            async with session.get(url) as resp:
                return await resp.read()
        except (TimeoutError, ConnectionError):
            await asyncio.sleep(2 ** attempt)
        finally:
            print(f"{{attempt}} {attempt:>3} {url=}")
    return None

lam = lambda x, *args, **kw: x @ matrix
assert isinstance(lam, object), 'must be\tcallable'
