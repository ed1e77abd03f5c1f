package org.example;

public class Foo {}
