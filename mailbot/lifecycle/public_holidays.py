"""One country's public holidays from the ``holidays`` package, without its other 200.

``holidays.country_holidays("GB")`` imports the package's ``holidays.countries``, whose
``__init__`` imports every country module (about 280 of them): 0.1-0.3 s of each
``mailbot run`` start-up for the one country the routing file names. The package's own
registry says which module holds a country, so :func:`country_holidays` loads that module
alone and builds the same object the package would (same class, same arguments). If the
country is unknown to the registry, or the package ever stops fitting this shape, the
package's own function answers instead, with its own errors.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from types import ModuleType
from typing import Any

_LOADING = threading.Lock()  # calendar_for may be first called from two threads at once


def country_holidays(country: str, subdiv: str | None = None) -> Any:
    """What ``holidays.country_holidays(country, subdiv=subdiv)`` returns.

    Raises what the package raises for an unknown country or subdivision
    (``NotImplementedError``).
    """
    import holidays  # about 0.05 s, and only a calendar with a country needs it

    try:
        with _LOADING:
            entity = _entity(country)
    except (ImportError, AttributeError, OSError, TypeError, ValueError):
        entity = None
    if entity is None:
        return holidays.country_holidays(country, subdiv=subdiv)
    return entity(subdiv=subdiv)


def _entity(country: str) -> Any:
    """The class the package names ``country`` (a name or code its registry lists), or ``None``."""
    from holidays.registry import COUNTRIES

    for module_name, names in COUNTRIES.items():
        if country in names:  # the class, or an alias class (``GB`` subclasses ``UnitedKingdom``)
            return getattr(_country_module(module_name), country)
    return None


def _country_module(module_name: str) -> ModuleType:
    """``holidays.countries.<module_name>``, loaded without the package's ``__init__``.

    Registered under its own name, so a later ``import holidays.countries`` (another
    country, another library) finds this module and uses it rather than a second copy.
    """
    name = f"holidays.countries.{module_name}"
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    package = importlib.util.find_spec("holidays")
    if package is None or not package.submodule_search_locations:
        raise ImportError("holidays is not a package")
    location = f"{package.submodule_search_locations[0]}/countries/{module_name}.py"
    spec = importlib.util.spec_from_file_location(name, location)
    if spec is None or spec.loader is None:
        raise ImportError(f"no module file for {name}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module
