package io.jekyll4j.cli;

public final class Main {
  public static void main(String[] args) {
    System.out.println("jekyll4j");
  }
}
