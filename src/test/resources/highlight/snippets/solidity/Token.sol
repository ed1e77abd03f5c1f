// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "./IERC20.sol";

/// @title A simple token
contract Token is IERC20 {
    mapping(address => uint256) private balances;
    uint256 public constant TOTAL = 1_000_000 * 10 ** 18;
    address public owner;
    event Transfer(address indexed from, address indexed to, uint256 value);

    modifier onlyOwner() {
        require(msg.sender == owner, "not owner");
        _;
    }

    constructor() {
        owner = msg.sender;
        balances[owner] = TOTAL;
    }

    /* transfer tokens */
    function transfer(address to, uint256 amount) external returns (bool) {
        require(balances[msg.sender] >= amount, 'insufficient');
        unchecked { balances[msg.sender] -= amount; }
        balances[to] += amount;
        emit Transfer(msg.sender, to, amount);
        return true;
    }

    receive() external payable { revert(hex"deadbeef"); }
}
