NSString *s = [NSString stringWithFormat:@"%d items", 3];
