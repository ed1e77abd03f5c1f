// Arma mission init
private _units = allUnits select {side _x == west};
private _count = count _units;
hint format ["Found %1 units", _count];

/* spawn a loop */
[] spawn {
    while {alive player} do {
        sleep 1.5;
        if (damage player > 0.5) then {
            player setDamage 0;
            systemChat 'healed';
        };
    };
};

{
    _x addEventHandler ["Killed", {params ["_unit"]; diag_log _unit}];
} forEach _units;
