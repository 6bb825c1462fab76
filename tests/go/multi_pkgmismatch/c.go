package main

func G() {}
