package main

func get(s []int, i int) int {
	return s[i]
}
